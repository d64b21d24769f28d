package io.aigcfactory.gateway.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Where no live admin key exists yet, issues one (tenant {@code default}, every scope)
 * and writes it to {@code aigc.gateway.keys.admin-key-file}, readable by its owner only,
 * for scripts and the demo to read. Its hash is all the store keeps.
 */
class AdminKeyAtFirstStart implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(AdminKeyAtFirstStart.class);

	private final KeyIssuance issuance;

	private final Path file;

	AdminKeyAtFirstStart(KeyIssuance issuance, Path file) {
		this.issuance = issuance;
		this.file = file;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.issuance.anyLive(Scope.ADMIN)) {
			return;
		}
		KeyIssuance.Issued issued = this.issuance.issue("default", "admin", EnumSet.allOf(Scope.class));
		try {
			Files.createDirectories(this.file.toAbsolutePath().getParent());
			Files.deleteIfExists(this.file);
			Files.createFile(this.file);
			if (this.file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(this.file, PosixFilePermissions.fromString("rw-------"));
			}
			Files.writeString(this.file, issued.secret() + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the admin key to " + this.file, ex);
		}
		logger.info("Made an admin key ({}), written to {}", issued.key().prefix(), this.file);
	}

}
