/**
 * Load drivers for production-service's renditions on the CPU.
 */
@NullMarked
package io.aigcfactory.bench.production;

import org.jspecify.annotations.NullMarked;
