package id.gerai.audit.web;

import id.gerai.audit.AuditService;
import id.gerai.audit.JejakAudit;
import id.gerai.audit.JejakAuditRingkas;
import id.gerai.audit.SaringanAudit;
import id.gerai.shared.Halaman;
import id.gerai.shared.MasukanTidakSah;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/audit}: the trail for Dinkop admins' tools, filtered by {@code pelaku}, {@code
 * aksi}, {@code jenis}, {@code id} and the days {@code dari}..{@code sampai} (ISO dates, both
 * included), paged by {@code nomor} (from 0) and {@code ukuran}. Read only.
 */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMIN_DINAS')")
class AuditApiController {

  private final AuditService audit;

  AuditApiController(AuditService audit) {
    this.audit = audit;
  }

  @GetMapping
  Halaman<JejakAuditRingkas> cari(
      @ModelAttribute("saringanAudit") SaringanAudit saringan,
      BindingResult galat,
      @RequestParam(name = "nomor", defaultValue = "0") int nomor,
      @RequestParam(name = "ukuran", required = false) Integer ukuran) {
    FieldError salah = galat.getFieldError();
    if (salah != null) {
      throw new MasukanTidakSah(
          "audit.saring.tanggal-tidak-sah", salah.getField(), salah.getRejectedValue());
    }
    return audit.cari(saringan, nomor, ukuran);
  }

  @GetMapping("/{id}")
  JejakAudit ambil(@PathVariable("id") long id) {
    return audit.ambil(id);
  }
}
