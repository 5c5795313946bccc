package dev.responsibility.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the core: JDK collections only, plain accessors, and the
 * library's own exception when a builder is missing a required attribute. No classpath annotation
 * is added to generated classes (not even Immutables' {@code @Generated}): embedders compile
 * against the core without Immutables on their classpath, and javac would warn about each one.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    throwForInvalidImmutableState = InvalidRecordException.class,
    throwForNullPointer = InvalidRecordException.class,
    allowedClasspathAnnotations = {java.lang.Override.class},
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
public @interface RecordStyle {}
