/**
 * Wire contracts shared by every service: immutable event records, their ids, the typed
 * topic registry and the JSON codec that pins the wire format.
 */
@NullMarked
package io.aigcfactory.events;

import org.jspecify.annotations.NullMarked;
