/**
 * Test support for the library and for integrators (测试工具包): a deterministic generator of
 * realistic data sets from a township to a province ({@link
 * dev.responsibility.testkit.DataSetGenerator}), one kind of fault for each check ({@link
 * dev.responsibility.testkit.Fault}), and jqwik arbitraries of both ({@link
 * dev.responsibility.testkit.DataSetArbitraries}, the domain {@link
 * dev.responsibility.testkit.Townships}). A generated data set without faults is consistent: no
 * check finds anything as of the day it was made for.
 */
package dev.responsibility.testkit;
