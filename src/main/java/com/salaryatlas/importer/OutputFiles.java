package com.salaryatlas.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replaces a set of files together: each is written beside its target first, and only when all are written are
 * they moved into place, so a failed import leaves the old files as they were.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    static void replace(Path directory, Map<String, String> contents) throws IOException {
        Files.createDirectories(directory);
        Map<Path, Path> moves = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> file : contents.entrySet()) {
                Path temporary = Files.createTempFile(directory, "." + file.getKey() + ".", ".tmp");
                moves.put(temporary, directory.resolve(file.getKey()));
                Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
                readableByAll(temporary);
            }
            for (Map.Entry<Path, Path> move : moves.entrySet()) {
                moveIntoPlace(move.getKey(), move.getValue());
            }
        } finally {
            for (Path temporary : moves.keySet()) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Temporary files are private to their owner; the data files they become are not. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the temporary file already has the directory's usual access.
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
