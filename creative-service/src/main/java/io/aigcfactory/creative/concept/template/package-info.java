/**
 * The offline copy writer: fills Chinese ad-copy templates per angle from the product's
 * own facts, within ad-platform length limits and without Advertising Law absolute terms.
 */
@NullMarked
package io.aigcfactory.creative.concept.template;

import org.jspecify.annotations.NullMarked;
