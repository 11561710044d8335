package org.entente.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each question to the API (a GET under {@code /api/}) reads in one read transaction ({@link Graph#inOneRead}): its
 * statements share a session instead of opening one each. After {@link WebGuard}, so a refused request opens nothing;
 * not the export, which streams a file of any length and reads in pages of its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ReadScope extends OncePerRequestFilter {

    private final Graph graph;

    ReadScope(Graph graph) {
        this.graph = graph;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !path.startsWith("/api/") || path.startsWith("/api/export");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            graph.inOneRead(() -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e); // nothing else is thrown by the chain
        }
    }
}
