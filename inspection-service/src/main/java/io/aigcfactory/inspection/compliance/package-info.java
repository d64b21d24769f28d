/**
 * Compliance: checks ad copy against the Advertising Law and platform rules through a
 * normaliser that undoes common evasions and a lexicon of claims, with context rules that
 * follow the SAMR guideline that context decides.
 */
@NullMarked
package io.aigcfactory.inspection.compliance;

import org.jspecify.annotations.NullMarked;
