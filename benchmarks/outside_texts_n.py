"""Set N's long prose: the terms and conditions printed behind invoices. Their clause numbers, dates,
fees and amounts are decoys for an extractor that reads the whole file."""

from __future__ import annotations


def fr_cgv(company: str, city: str, year: int) -> list[tuple[str, str]]:
    """Conditions générales de vente of a French joinery business (articles numbered 1 to 12)."""
    return [
        (
            "Article 1 – Objet et champ d'application",
            f"Les présentes conditions générales de vente (CGV) s'appliquent à toutes les prestations de "
            f"fourniture et de pose réalisées par {company}. Elles prévalent sur toutes conditions "
            f"d'achat du "
            f"client, sauf dérogation écrite. Conditions en vigueur au 01/01/{year}, version n° 7.",
        ),
        (
            "Article 2 – Devis et commandes",
            "Nos devis sont valables 60 jours à compter de leur date d'émission. La commande n'est ferme "
            "qu'après retour du devis daté et signé portant la mention « bon pour accord » et versement de "
            "l'acompte prévu à l'article 5. Montant minimum de commande : 150,00 € HT.",
        ),
        (
            "Article 3 – Délais d'exécution",
            "Les délais sont donnés à titre indicatif. Un retard de moins de 30 jours ne peut donner lieu "
            "ni à "
            "annulation de la commande ni à pénalités. Les intempéries, grèves et retards de nos "
            "fournisseurs "
            "suspendent les délais convenus.",
        ),
        (
            "Article 4 – Prix",
            "Les prix s'entendent hors taxes, au tarif en vigueur au jour de la commande. La TVA est "
            "facturée au taux légal applicable à la date de la facture : 20 % pour la fourniture seule, "
            "10 % pour les travaux d'amélioration de logements achevés depuis plus de deux ans, sur "
            "attestation du client.",
        ),
        (
            "Article 5 – Acompte",
            "Un acompte de 30 % du montant TTC est exigible à la commande. Il est déduit de la facture "
            "finale. "
            "Pour les commandes supérieures à 15 000,00 € TTC, un second acompte de 30 % est dû à la "
            "livraison "
            "des matériaux sur le chantier.",
        ),
        (
            "Article 6 – Conditions de paiement",
            "Nos factures sont payables à l'échéance indiquée sur la facture, par virement ou par chèque à "
            "l'ordre de la société. Aucun escompte n'est accordé pour paiement anticipé, sauf mention "
            "contraire : escompte de 2 % pour tout règlement intervenant dans les 8 jours suivant la date de "
            "facture.",
        ),
        (
            "Article 7 – Retard de paiement",
            "Tout retard de paiement entraîne de plein droit "
            "l'application de pénalités égales à trois fois le "
            "taux d'intérêt légal, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40,00 € "
            "(articles L441-10 et D441-5 du Code de commerce). Au-delà de 45 jours de retard, les travaux en "
            "cours peuvent être suspendus après mise en demeure restée sans effet pendant 8 jours.",
        ),
        (
            "Article 8 – Réserve de propriété",
            "Les marchandises restent la propriété du vendeur "
            "jusqu'au paiement intégral du prix en principal "
            "et accessoires (loi n° 80-335 du 12 mai 1980). Le client en assume néanmoins les risques dès la "
            "livraison.",
        ),
        (
            "Article 9 – Réception des travaux",
            "La réception est prononcée contradictoirement à "
            "l'achèvement des travaux. Les réserves doivent être "
            "formulées par écrit dans un délai de 8 jours. À défaut, les travaux sont réputés acceptés sans "
            "réserve.",
        ),
        (
            "Article 10 – Garanties",
            "Les menuiseries bénéficient de la garantie de parfait achèvement d'un an, de la garantie de bon "
            "fonctionnement de 2 ans et, le cas échéant, de la garantie décennale (assurance n° 4521 887 "
            "302, "
            "valable du 01/01/" + str(year) + " au 31/12/" + str(year) + ").",
        ),
        (
            "Article 11 – Données personnelles",
            "Les informations recueillies sont nécessaires au traitement des commandes. Conformément au "
            "RGPD, "
            "le client dispose d'un droit d'accès, de rectification et d'effacement en écrivant au siège.",
        ),
        (
            "Article 12 – Litiges",
            f"Les présentes CGV sont soumises au droit français. En cas de litige, et à défaut "
            f"d'accord amiable "
            f"dans un délai de 30 jours, compétence exclusive est attribuée au Tribunal de commerce de "
            f"{city}. "
            "Le client consommateur peut recourir gratuitement au médiateur de la consommation CM2C.",
        ),
    ]


def us_terms(company: str, state: str, year: int) -> list[str]:
    """Terms and Conditions of Sale of a US industrial distributor (clauses 1 to 14)."""
    return [
        f'1. ACCEPTANCE. All sales by {company} ("Seller") are subject to these Terms and Conditions, '
        f"revision 2024-03, effective January 1, {year - 1}. Any additional or different terms in Buyer's "
        "purchase order are rejected unless expressly agreed in writing by an officer of Seller.",
        "2. PRICES. Prices are F.O.B. "
        "Seller's warehouse and are subject to change without notice. Quotations "
        "expire 30 days after issue. Orders under $150.00 are subject to a $25.00 minimum order charge.",
        "3. PAYMENT. Terms are Net 30 days from date of invoice for approved accounts. Past-due balances "
        "bear "
        "a service charge of 1.5% per month (18% per annum) or the maximum rate permitted by law. A $35.00 "
        "fee applies to each returned check.",
        "4. TAXES. Sales, use and excise taxes are added to the invoice unless Buyer furnishes a valid "
        "resale or exemption certificate before shipment.",
        "5. DELIVERY. Shipping dates are estimates. Title and risk of loss pass to Buyer upon delivery to "
        "the "
        "carrier. Claims for shortages must be made within 5 business days of receipt.",
        "6. RETURNS. No goods may be returned without a Return Material Authorization (RMA). Returns are "
        "subject to a 20% restocking fee; special-order and cut-to-length items are non-returnable.",
        "7. WARRANTY. Seller passes through the "
        "manufacturer's warranty only. SELLER MAKES NO OTHER WARRANTY, "
        "EXPRESS OR IMPLIED, INCLUDING ANY WARRANTY OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE.",
        "8. LIMITATION OF LIABILITY. Seller's liability shall not exceed the purchase price of the goods in "
        "question. In no event shall Seller be liable for incidental or consequential damages.",
        "9. CREDIT. Seller may change credit terms, require payment in advance or withhold shipment if "
        "Buyer's "
        "account exceeds its credit limit of $50,000.00 or is more than 60 days past due.",
        "10. SECURITY INTEREST. Buyer grants Seller a purchase-money security interest in the goods sold "
        "until paid in full and authorizes Seller to file financing statements.",
        "11. COLLECTION. Buyer shall pay all costs of collection, including reasonable attorney fees of not "
        "less than 25% of the unpaid balance.",
        "12. FORCE MAJEURE. Seller is not liable for delay caused by events beyond its reasonable control.",
        f"13. GOVERNING LAW. These terms are governed by the laws of the State of {state}. Venue lies "
        "exclusively in Harris County.",
        "14. ENTIRE AGREEMENT. These terms, with Seller's invoice, are the entire agreement between the "
        "parties and may be modified only in a writing signed by both parties.",
    ]
