/**
 * The implicit label of GB 45438-2025 Annex E: the seven-field {@code AIGC} object, the
 * standard's rules for it, and the deployment's signature in {@code ReservedCode1}.
 */
@NullMarked
package io.aigcfactory.trust.label;

import org.jspecify.annotations.NullMarked;
