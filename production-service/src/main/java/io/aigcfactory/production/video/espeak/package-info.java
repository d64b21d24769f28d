/**
 * Offline narration with the {@code espeak-ng} command and its Mandarin voice.
 */
@NullMarked
package io.aigcfactory.production.video.espeak;

import org.jspecify.annotations.NullMarked;
