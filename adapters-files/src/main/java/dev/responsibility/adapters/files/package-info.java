/** FORMAT.md data sets as CSV folders and Excel workbooks, read and written. */
package dev.responsibility.adapters.files;
