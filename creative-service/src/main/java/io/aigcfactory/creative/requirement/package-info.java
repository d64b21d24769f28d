/**
 * Requirements: intake and validation of submitted products, and what became of each
 * requirement's assets on their way to the channels.
 */
@NullMarked
package io.aigcfactory.creative.requirement;

import org.jspecify.annotations.NullMarked;
