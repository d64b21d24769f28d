/**
 * Feedback intake: validates observations from channels and records them on
 * {@code aigc.feedback.v1}.
 */
@NullMarked
package io.aigcfactory.feedback.intake;

import org.jspecify.annotations.NullMarked;
