/**
 * Test support for the library and for integrators: a deterministic generator of realistic data
 * sets from a township to a province ({@link dev.responsibility.testkit.DataSetGenerator}), one
 * fault of each check's kind ({@link dev.responsibility.testkit.Fault}), and jqwik arbitraries
 * of both ({@link dev.responsibility.testkit.DataSetArbitraries}, {@link
 * dev.responsibility.testkit.Townships}).
 */
package dev.responsibility.testkit;
