/**
 * The creative service: takes requirements in, writes concepts from different angles, and
 * learns from feedback which angles to write more of.
 */
@NullMarked
package io.aigcfactory.creative;

import org.jspecify.annotations.NullMarked;
