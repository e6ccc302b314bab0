// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.cluster;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

/** Stand-in for org.jivesoftware.openfire.cluster.NodeID. */
public class NodeID implements Externalizable {

    public static synchronized NodeID getInstance(byte[] nodeIdBytes) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public NodeID() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public boolean equals(byte[] anotherID) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public byte[] toByteArray() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
