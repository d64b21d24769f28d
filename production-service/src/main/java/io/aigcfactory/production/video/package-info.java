/**
 * The promo video: a 9:16 H.264 MP4 with slow pan and zoom over the asset's images,
 * animated captions from the copy, burned-in subtitles also written as SRT, and narration
 * through the {@link io.aigcfactory.production.video.Narrator} port.
 */
@NullMarked
package io.aigcfactory.production.video;

import org.jspecify.annotations.NullMarked;
