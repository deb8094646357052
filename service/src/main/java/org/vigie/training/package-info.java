/**
 * Group online training (the FMOQ): groups and their leaders, activities planned from the course catalogue, modules,
 * attendance, evaluations, allowance requests, validation, credits and signed statements; the federation's rule pack decides.
 */
package org.vigie.training;
