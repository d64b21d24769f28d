package io.aigcfactory.inspection.originality.milvus;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Milvus originality index, used in place of the local Lucene index once {@code uri}
 * is set.
 *
 * @param uri the server, such as {@code http://milvus:19530}; unset or blank keeps the
 * local index
 * @param token {@code user:password} or an API key, when the server checks them
 * @param collection the collection holding the fingerprints, created when absent
 * @param dimension length of the copy embeddings (512 for bge-small-zh-v1.5); an existing
 * collection of another dimension is refused
 * @param timeout how long connecting, and each call, may take
 */
@Validated
@ConfigurationProperties("aigc.inspection.originality.milvus")
public record MilvusSettings(@Nullable String uri, @Nullable String token,
		@DefaultValue("aigc_originality") @NotNull @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]{0,254}") String collection,
		@DefaultValue("512") @Min(2) @Max(32768) int dimension, @DefaultValue("10s") @NotNull Duration timeout) {

	/** Whether a Milvus server is configured, as a condition expression. */
	public static final String CONFIGURED = "'${aigc.inspection.originality.milvus.uri:}'.trim() != ''";

}
