/**
 * Verdicts: runs every produced asset through the compliance funnel, the file checks and
 * the originality check, and announces the verdict.
 */
@NullMarked
package io.aigcfactory.inspection.verdict;

import org.jspecify.annotations.NullMarked;
