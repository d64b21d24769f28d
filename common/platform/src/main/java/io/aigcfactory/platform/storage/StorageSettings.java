package io.aigcfactory.platform.storage;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where produced files are kept.
 *
 * @param root the filesystem directory of the local store; every service that reads
 * assets must see the same directory
 */
@Validated
@ConfigurationProperties("aigc.storage")
public record StorageSettings(@DefaultValue("data/blobs") @NotNull Path root) {

}
