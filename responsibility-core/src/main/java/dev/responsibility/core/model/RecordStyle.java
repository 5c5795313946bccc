package dev.responsibility.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the core: JDK collections only, plain accessors, and the
 * library's own exception when a builder is missing a required attribute.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    throwForInvalidImmutableState = InvalidRecordException.class,
    allowedClasspathAnnotations = {org.immutables.value.Generated.class},
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
public @interface RecordStyle {}
