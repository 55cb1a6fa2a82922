package app.atelier.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Files in a folder: each written beside its place and moved in whole, so that readers never see half of one. */
public final class LocalStorage implements Storage {

    private final Path root;

    public LocalStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the media folder " + this.root, e);
        }
    }

    @Override
    public void put(String key, Path file, String contentType) {
        var target = resolve(key);
        var partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("Cannot store " + key, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing more to do: the partial file is named so that nothing reads it
            }
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        try {
            var channel = FileChannel.open(resolve(key), StandardOpenOption.READ);
            channel.position(offset);
            var in = Channels.newInputStream(channel);
            return length < 0 ? in : new BoundedInputStream(in, length);
        } catch (NoSuchFileException e) {
            throw new StorageException("No file " + key, e);
        } catch (IOException e) {
            throw new StorageException("Cannot read " + key, e);
        }
    }

    @Override
    public long size(String key) {
        try {
            return Files.size(resolve(key));
        } catch (IOException e) {
            throw new StorageException("Cannot read " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new StorageException("Cannot delete " + key, e);
        }
    }

    private Path resolve(String key) {
        var path = root.resolve(Storage.checked(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return path;
    }

    /** Stops after {@code remaining} bytes; closing it closes the file. */
    private static final class BoundedInputStream extends InputStream {

        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
