/**
 * Quality: every rendition is stored intact and decodes as what it claims to be, and the
 * quality gate scores copy and main image from 0 to 100 against the tenant's threshold.
 */
@NullMarked
package io.aigcfactory.inspection.quality;

import org.jspecify.annotations.NullMarked;
