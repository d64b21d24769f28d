/**
 * Dead letters: counted as they are written, listed and re-driven to their topic through
 * {@code /api/v1/dead-letters}.
 */
@NullMarked
package io.aigcfactory.platform.deadletter;

import org.jspecify.annotations.NullMarked;
