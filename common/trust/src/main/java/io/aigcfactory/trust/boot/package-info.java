/**
 * The deployment's label and watermark settings, and the beans every service that labels
 * or verifies files uses.
 */
@NullMarked
package io.aigcfactory.trust.boot;

import org.jspecify.annotations.NullMarked;
