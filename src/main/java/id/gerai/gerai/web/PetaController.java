package id.gerai.gerai.web;

import id.gerai.gerai.GeraiProperties;
import id.gerai.gerai.GeraiService;
import id.gerai.gerai.TitikGerai;
import id.gerai.shared.Cakupan;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The map of the gerai in the caller's scope. The page carries no data and no script of its own:
 * static/js/peta.js reads the tile URL from a data- attribute and the markers from the JSON below.
 */
@Controller
class PetaController {

  private final GeraiService gerai;
  private final GeraiProperties properties;

  PetaController(GeraiService gerai, GeraiProperties properties) {
    this.gerai = gerai;
    this.properties = properties;
  }

  @GetMapping("/gerai/peta")
  String peta(Cakupan cakupan, Model model) {
    model.addAttribute("peta", gerai.peta(cakupan));
    model.addAttribute("tileUrl", properties.tileUrl() == null ? "" : properties.tileUrl());
    return "gerai/peta";
  }

  /** The markers: the scope's gerai that are not closed and have a position. */
  @GetMapping(value = "/gerai/peta/data", produces = "application/json")
  @ResponseBody
  List<TitikGerai> data(Cakupan cakupan) {
    return gerai.peta(cakupan).berposisi();
  }
}
