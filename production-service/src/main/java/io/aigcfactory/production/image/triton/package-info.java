/**
 * Generated scenes from a diffusion model (SDXL) on Triton, through the shared batcher.
 */
@NullMarked
package io.aigcfactory.production.image.triton;

import org.jspecify.annotations.NullMarked;
