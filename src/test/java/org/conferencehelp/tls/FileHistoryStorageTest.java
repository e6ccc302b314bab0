package org.conferencehelp.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history's file: saved whole, read back as saved. */
class FileHistoryStorageTest {

    @TempDir
    Path folder;

    @Test
    void loadsNothingBeforeTheFirstSave() throws IOException {
        assertEquals("", new FileHistoryStorage(folder.resolve("history.txt")).load());
    }

    @Test
    void loadsWhatWasSaved() throws IOException {
        FileHistoryStorage storage = new FileHistoryStorage(folder.resolve("history.txt"));
        storage.save("current\tAB\tCD\t1\t-\tbücher.example\n");

        assertEquals("current\tAB\tCD\t1\t-\tbücher.example\n", storage.load());
    }

    @Test
    void replacesWhatWasSavedBefore() throws IOException {
        FileHistoryStorage storage = new FileHistoryStorage(folder.resolve("history.txt"));
        storage.save("first");
        storage.save("second");

        assertEquals("second", storage.load());
    }

    @Test
    void createsTheFoldersItNeeds() throws IOException {
        Path file = folder.resolve("plugins").resolve("conferencehelp").resolve("history.txt");
        new FileHistoryStorage(file).save("saved");

        assertEquals("saved", Files.readString(file));
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        new FileHistoryStorage(folder.resolve("history.txt")).save("saved");

        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("history.txt")), files.toList());
        }
    }
}
