/**
 * The four-party responsibility chain (四方责任) of one business on one day: territorial
 * (属地管理责任, its guarantor cadres), regulatory (监管责任, the market regulator of its township),
 * departmental (部门主管责任, its sector authority) and enterprise (企业主体责任, its principal,
 * director and officers). Cadre supervision and regulatory inspection are different parties
 * (R1); problems found in supervision go to the regulatory party (R2).
 */
package dev.responsibility.core.chain;
