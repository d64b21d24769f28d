package io.aigcfactory.creative.concept;

import java.util.Objects;

import io.aigcfactory.events.Authorship;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.Scene;
import org.jspecify.annotations.Nullable;

/**
 * What a writer made of a brief.
 *
 * @param copy the copy
 * @param scene what a diffusion model is to paint behind the layout, or {@code null}
 * @param authorship who wrote it, and why a fallback did where one did
 */
public record WrittenConcept(Copy copy, @Nullable Scene scene, Authorship authorship) {

	public WrittenConcept {
		Objects.requireNonNull(copy, "copy");
		Objects.requireNonNull(authorship, "authorship");
	}

}
