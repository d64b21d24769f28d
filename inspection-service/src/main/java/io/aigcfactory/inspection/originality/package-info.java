/**
 * Originality: sentence embeddings of each asset's copy, compared with everything already
 * approved, so that a near-duplicate is rejected and written again.
 */
@NullMarked
package io.aigcfactory.inspection.originality;

import org.jspecify.annotations.NullMarked;
