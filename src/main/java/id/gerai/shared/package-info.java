/**
 * Tiny cross-cutting types every module may use: the caller's scope and its SQL condition, the
 * trail event, paging, CSV reading and web helpers. No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.gerai.shared;
