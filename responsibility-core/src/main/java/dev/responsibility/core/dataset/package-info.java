/**
 * The data set the checks and metrics read: every record of a township, county or province,
 * checked for the well-formedness FORMAT.md asks of a whole data set (unique ids, one status
 * change per business and day, a division tree without unknown parents or cycles), with lookups
 * by business, by cadre and by division subtree, over a compact index built once.
 */
package dev.responsibility.core.dataset;
