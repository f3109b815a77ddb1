package org.solarpm.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;
import org.solarpm.identity.Actor;
import org.solarpm.shared.DomainException;

/** The signed-in user of the current request, set by {@link AuthenticationFilter}. */
@RequestScoped
public class CurrentUser {

    private Actor actor;
    private String token;
    private Locale locale;

    void set(Actor actor, String token) {
        this.actor = actor;
        this.token = token;
    }

    void locale(Locale locale) {
        this.locale = locale;
    }

    public Actor actor() {
        if (actor == null) {
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "error.unauthenticated");
        }
        return actor;
    }

    public String token() {
        return token;
    }

    public Locale locale() {
        return locale == null ? org.solarpm.shared.Messages.ZH_CN : locale;
    }
}
