/**
 * Verifying a file: its implicit AI-generation label under GB 45438-2025, the signature
 * in it, its invisible watermark, and the asset it belongs to.
 */
@NullMarked
package io.aigcfactory.inspection.verification;

import org.jspecify.annotations.NullMarked;
