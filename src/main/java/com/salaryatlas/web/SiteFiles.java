package com.salaryatlas.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where templates/, static/ and content/ are read from: the top-level folders on disk in
 * development (so an edit shows on reload), the copies packed into the jar otherwise. Tests may
 * keep the packed templates and static files and read content/ from another folder.
 */
public final class SiteFiles {

    private final boolean fromDisk;
    private final Path diskRoot;
    private final Path contentOnDisk;

    private SiteFiles(boolean fromDisk, Path diskRoot, Path contentOnDisk) {
        this.fromDisk = fromDisk;
        this.diskRoot = diskRoot;
        this.contentOnDisk = contentOnDisk;
    }

    public static SiteFiles disk(Path projectRoot) {
        return new SiteFiles(true, projectRoot.toAbsolutePath(), null);
    }

    public static SiteFiles packaged() {
        return new SiteFiles(false, null, null);
    }

    /** Templates and static files from the classpath, as packaged; content (articles, pages, data) from {@code content}. */
    public static SiteFiles packagedWith(Path content) {
        return new SiteFiles(false, null, content.toAbsolutePath());
    }

    public boolean fromDisk() {
        return fromDisk;
    }

    public Path templates() {
        return folder("templates");
    }

    public Path staticFiles() {
        return folder("static");
    }

    public Path content() {
        return contentOnDisk != null ? contentOnDisk : folder("content");
    }

    private Path folder(String name) {
        if (fromDisk) {
            return diskRoot.resolve(name);
        }
        URL url = SiteFiles.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("The build did not pack " + name + "/ into the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).getPath("/" + name);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
