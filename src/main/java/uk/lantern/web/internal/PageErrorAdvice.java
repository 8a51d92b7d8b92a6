package uk.lantern.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.RecordNotFoundException;

/**
 * A refused record on a page: a 403 page that offers break-glass access when the user's role allows it. Bad input that
 * no form handled itself (such as a NUL character, which is refused before any form sees it): a 400 page listing it.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

    @ExceptionHandler(AccessRefusedException.class)
    ModelAndView refused(AccessRefusedException refused, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        ModelAndView page = new ModelAndView("error/403");
        page.addObject("status", 403);
        if (refused.breakGlassAvailable()) {
            page.addObject("breakGlassType", refused.record().type());
            page.addObject("breakGlassId", refused.record().id());
            if ("GET".equals(request.getMethod())) {
                // So that, once access is granted, the page refused is one click away.
                page.addObject("breakGlassReturnTo", request.getRequestURI()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            }
        }
        return page;
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException invalid, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return new ModelAndView("error/400", java.util.Map.of("status", 400, "errors", invalid.errors()));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return new ModelAndView("error/404", java.util.Map.of("status", 404));
    }
}
