package org.vigie.web;

/**
 * The problem answered for an error the application never saw (Tomcat refused the request, or it ended on the error page):
 * only the status is known, so the title and detail say what that status means to the caller.
 */
record ContainerProblem(int status, String title, String detail) {

    static ContainerProblem of(int status) {
        return switch (status) {
            case 400 -> new ContainerProblem(400, "Requête invalide",
                    "La requête est mal formée (adresse, en-têtes ou corps) : elle n'a pas été traitée.");
            case 401 -> new ContainerProblem(401, "Authentification requise",
                    "Identifiez-vous avec votre identifiant et votre mot de passe (HTTP Basic).");
            case 403 -> new ContainerProblem(403, "Accès refusé", "Vous n'avez pas accès à cette ressource.");
            case 404 -> new ContainerProblem(404, "Introuvable", "Aucune ressource ne répond à cette adresse.");
            case 405 -> new ContainerProblem(405, "Méthode non permise", "Cette ressource ne répond pas à cette méthode HTTP.");
            case 406 -> new ContainerProblem(406, "Représentation non disponible",
                    "Cette ressource ne répond dans aucun des formats admis par l'en-tête Accept.");
            case 408 -> new ContainerProblem(408, "Délai dépassé", "La requête n'est pas arrivée à temps : elle n'a pas été traitée.");
            case 413 -> new ContainerProblem(413, "Requête trop volumineuse", "Le corps de la requête dépasse la taille permise.");
            case 414 -> new ContainerProblem(414, "Adresse trop longue", "L'adresse de la requête dépasse la longueur permise.");
            case 415 -> new ContainerProblem(415, "Format non pris en charge", "Le corps de la requête est dans un format non pris en charge.");
            case 431 -> new ContainerProblem(431, "En-têtes trop volumineux", "Les en-têtes de la requête dépassent la taille permise.");
            case 503 -> new ContainerProblem(503, "Service indisponible", "Le service est momentanément indisponible. Réessayez plus tard.");
            default -> status >= 500
                    ? new ContainerProblem(status, "Erreur interne",
                            "Une erreur inattendue est survenue; rien n'a été enregistré. Réessayez plus tard.")
                    : new ContainerProblem(status, "Requête refusée", "La requête a été refusée : elle n'a pas été traitée.");
        };
    }
}
