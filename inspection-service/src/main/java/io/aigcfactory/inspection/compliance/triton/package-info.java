/**
 * The classifier tier on a Triton-hosted guard model, through the shared batcher of
 * {@code common/inference}.
 */
@NullMarked
package io.aigcfactory.inspection.compliance.triton;

import org.jspecify.annotations.NullMarked;
