package id.gerai.audit.web;

import id.gerai.audit.AuditService;
import id.gerai.audit.SaringanAudit;
import id.gerai.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The trail for Dinkop admins: a filtered, paged list (htmx swaps only the results) and one entry
 * in full. Reading only: there is nothing here that changes the trail.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN_DINAS')")
class AuditController {

  private static final String DAFTAR = "audit/daftar";

  private final AuditService audit;

  AuditController(AuditService audit) {
    this.audit = audit;
  }

  @GetMapping
  String daftar(
      @ModelAttribute("saringanAudit") SaringanAudit saringan,
      BindingResult galat,
      @RequestParam(name = "nomor", defaultValue = "0") int nomor,
      @RequestParam(name = "ukuran", required = false) Integer ukuran,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("hasil", galat.hasErrors() ? null : audit.cari(saringan, nomor, ukuran));
    model.addAttribute("tautan", tautan(saringan, ukuran));
    boolean pulihkanRiwayat = request.getHeader("HX-History-Restore-Request") != null;
    return pulihkanRiwayat ? DAFTAR : Htmx.view(request, DAFTAR, "hasil");
  }

  @GetMapping("/{id}")
  String rinci(@PathVariable("id") long id, Model model) {
    model.addAttribute("jejak", audit.ambil(id));
    return "audit/rinci";
  }

  /** The list's address with the current filters, for the pager to add a page number to. */
  private static String tautan(SaringanAudit s, Integer ukuran) {
    return UriComponentsBuilder.fromPath("/admin/audit")
        .queryParamIfPresent("pelaku", Optional.ofNullable(s.pelaku()))
        .queryParamIfPresent("aksi", Optional.ofNullable(s.aksi()))
        .queryParamIfPresent("jenis", Optional.ofNullable(s.jenis()))
        .queryParamIfPresent("id", Optional.ofNullable(s.id()))
        .queryParamIfPresent("dari", Optional.ofNullable(s.dari()))
        .queryParamIfPresent("sampai", Optional.ofNullable(s.sampai()))
        .queryParamIfPresent("ukuran", Optional.ofNullable(ukuran))
        .encode()
        .build()
        .toUriString();
  }
}
