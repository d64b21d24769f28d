/**
 * The directory of published assets: which assets feedback may be recorded for, with the
 * angle and category their figures roll up to.
 */
@NullMarked
package io.aigcfactory.feedback.directory;

import org.jspecify.annotations.NullMarked;
