/**
 * File quality: every rendition is stored intact and decodes as what it claims to be.
 */
@NullMarked
package io.aigcfactory.inspection.quality;

import org.jspecify.annotations.NullMarked;
