package com.dailyherald.paywall;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

@WebServlet(urlPatterns = "/articles/*")
public class ArticleAccessServlet extends HttpServlet {

    private transient SubscriberKeys keys;
    private transient ArticleStore articles;

    @Override
    public void init() throws ServletException {
        this.keys = SubscriberKeys.fromEnvironment();
        this.articles = (ArticleStore) getServletContext().getAttribute(ArticleStore.class.getName());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String slug = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        ArticleStore.Article article = articles.bySlug(slug);
        if (article == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String plan = "anonymous";
        String token = subscriberCookie(req);
        if (token != null) {
            try {
                Claims claims = Jwts.parser().verifyWith(keys.hmacKey()).build().parse(token).accept(Jws.CLAIMS).getPayload();
                String subscribed = claims.get("plan", String.class);
                if (subscribed != null) {
                    plan = subscribed;
                }
            } catch (JwtException ex) {
                log("Ignoring invalid subscriber cookie: " + ex.getMessage());
            }
        }
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write(article.premium() && "anonymous".equals(plan) ? article.teaserHtml() : article.bodyHtml());
    }

    private static String subscriberCookie(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies)
                .filter(c -> "herald_sub".equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
