/**
 * Narration from a text-to-speech model on Triton, through the shared batcher.
 */
@NullMarked
package io.aigcfactory.production.video.triton;

import org.jspecify.annotations.NullMarked;
