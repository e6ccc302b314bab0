// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.interceptor;

/** Stand-in for org.jivesoftware.openfire.interceptor.InterceptorManager. */
public class InterceptorManager {

    public static InterceptorManager getInstance() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public void addInterceptor(PacketInterceptor interceptor) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public boolean removeInterceptor(PacketInterceptor interceptor) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
