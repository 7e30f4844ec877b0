package org.arbot.app.charts;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves chart images to Slack, Teams and the console at the signed links {@link ChartGallery} hands out. */
@RestController
class ChartController {

    private final ChartGallery gallery;

    ChartController(ChartGallery gallery) {
        this.gallery = gallery;
    }

    @GetMapping("/charts/{name:.+\\.png}")
    ResponseEntity<byte[]> chart(@PathVariable String name,
            @RequestParam(defaultValue = "0") long expires, @RequestParam(defaultValue = "") String sig) {
        if (!gallery.linkValid(name, expires, sig)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return gallery.fetch(name, expires, sig)
                .map(png -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.noStore())
                        .body(png))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
