package io.aigcfactory.gateway.keys;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API key settings.
 *
 * @param adminKeyFile where to write the admin key made at start when no live admin key
 * exists (the standalone's {@code <data>/admin.key}); unset, none is made
 */
@ConfigurationProperties("aigc.gateway.keys")
public record KeySettings(@Nullable Path adminKeyFile) {

}
