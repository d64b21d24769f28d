/**
 * The blob store on a local (or mounted) filesystem.
 */
@NullMarked
package io.aigcfactory.platform.storage.fs;

import org.jspecify.annotations.NullMarked;
