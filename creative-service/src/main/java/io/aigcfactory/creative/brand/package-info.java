/**
 * Brand kits per tenant: colours, logo, voice, banned words and required phrases that
 * writers and renderers keep to.
 */
@NullMarked
package io.aigcfactory.creative.brand;

import org.jspecify.annotations.NullMarked;
